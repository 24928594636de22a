package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.card.entity.Card;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The action cards, for pages of other features: a connection's page lists them by name ({@code cardCatalogue}
 * in the view), so the connection feature needs no knowledge of cards.
 */
@Named("cardCatalogue")
@ApplicationScoped
public class CardCatalogue {

  private static final Map<String, String> TITLES = Arrays.stream(Card.values())
      .collect(Collectors.toUnmodifiableMap(Card::getName, Card::getTitle));

  public List<Card> getAll() {
    return List.of(Card.values());
  }

  /** Each card's title by its name, for pages that hold a card's name (a bulk run, an audit entry). */
  public Map<String, String> getTitles() {
    return TITLES;
  }
}
