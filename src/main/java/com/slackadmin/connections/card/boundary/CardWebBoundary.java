package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.platform.WebBoundary;
import java.util.Set;

/** The card feature's console page and JSON resource. */
public class CardWebBoundary implements WebBoundary {

  @Override
  public Set<Class<?>> controllers() {
    return Set.of(CardController.class, CardsController.class, CardFirstController.class);
  }

  @Override
  public Set<Class<?>> resources() {
    return Set.of(CardRunResource.class, CardCatalogueResource.class);
  }
}
