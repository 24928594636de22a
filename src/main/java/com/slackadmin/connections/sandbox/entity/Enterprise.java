package com.slackadmin.connections.sandbox.entity;

/** An Enterprise Grid org. */
public record Enterprise(String id, String name, String domain) {}
