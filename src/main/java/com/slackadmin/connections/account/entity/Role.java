package com.slackadmin.connections.account.entity;

/** What a console user may do. The names are also the Jakarta Security groups and roles. */
public enum Role {
  /** Everything, on every connection; manages teammates. */
  ADMIN,
  /** Creates connections and uses them. */
  BUILDER,
  /** Sees connections shared with them; cannot create or use any. */
  VIEWER;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String BUILDER_NAME = "BUILDER";
  public static final String VIEWER_NAME = "VIEWER";
}
