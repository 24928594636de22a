package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.card.entity.Card;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The action cards, for pages of other features: a connection's page lists them by name ({@code cardCatalogue}
 * in the view), so the connection feature needs no knowledge of cards.
 */
@Named("cardCatalogue")
@ApplicationScoped
public class CardCatalogue {

  public List<Card> getAll() {
    return List.of(Card.values());
  }
}
