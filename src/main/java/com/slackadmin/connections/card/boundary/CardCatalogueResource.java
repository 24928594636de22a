package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The action cards a script may run, with their inputs: what the console's Action cards page shows. */
@Path("cards")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Using connections")
public class CardCatalogueResource {

  /** One card: its name in {@code POST /api/connections/{id}/cards/{card}}, and its inputs. */
  public record CardJson(String name, String title, String description,
      @Schema(
          description = "whether the card changes an account, so that the hierarchy rule applies") boolean changesAccount,
      List<InputJson> inputs) {}

  /** One input of a card, a field of the JSON object a run sends. */
  public record InputJson(String name, String label,
      @Schema(enumeration = {
          "TEXT", "EMAIL", "SLACK_ID", "USER", "NUMBER", "MULTILINE", "CHOICE"}) String type,
      boolean required, String help, List<String> choices) {
  }

  @GET
  @Operation(summary = "List the action cards", description = "Every card with its inputs; any signed-in caller.")
  @APIResponse(responseCode = "200", description = "The cards",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardJson[].class)))
  public List<CardJson> cards() {
    return Arrays.stream(Card.values()).map(CardCatalogueResource::json).toList();
  }

  private static CardJson json(Card card) {
    return new CardJson(card.getName(), card.getTitle(), card.getDescription(), card.changesAccount(),
        card.getInputs().stream().map(CardCatalogueResource::json).toList());
  }

  private static InputJson json(CardInput input) {
    return new InputJson(input.name(), input.label(), input.type().name(), input.required(), input.help(),
        input.choices());
  }
}
