package com.slackadmin.connections.connection.control;

/**
 * The orders the Connections page offers. Each is written as one of the list indexes (V7) is, column for column,
 * so that the database reads a page's ids off that index in order instead of sorting the whole view: H2 uses an
 * index for an order only when the order names exactly its columns, equal leading ones included.
 */
public enum ConnectionSort {
  NICKNAME("c.owner.id, c.nicknameKey", "c.nicknameKey, c.id"),
  LAST_USED("c.owner.id, c.lastUsedAt desc nulls last, c.nicknameKey",
      "c.lastUsedAt desc nulls last, c.nicknameKey, c.id");

  private final String ofOneOwner;
  private final String ofMany;

  /**
   * @param ofOneOwner the order when every row has the same owner (Mine): ordering by the owner changes nothing
   *     there but matches the indexes that start with it, and a nickname is unique per owner, so it ends the order
   * @param ofMany the order otherwise, ending in the id so that every row has one place
   */
  ConnectionSort(String ofOneOwner, String ofMany) {
    this.ofOneOwner = ofOneOwner;
    this.ofMany = ofMany;
  }

  public static ConnectionSort parse(String value) {
    return "lastUsed".equals(value) ? LAST_USED : NICKNAME;
  }

  public String getParameter() {
    return this == LAST_USED ? "lastUsed" : "nickname";
  }

  String orderBy(boolean oneOwner) {
    return oneOwner ? ofOneOwner : ofMany;
  }
}
