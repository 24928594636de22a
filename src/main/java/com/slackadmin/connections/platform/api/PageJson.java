package com.slackadmin.connections.platform.api;

import java.util.List;

/**
 * One page of a longer list. {@code page} counts from 1; asking past the end gives the last page, as the
 * console does.
 */
public record PageJson<T>(List<T> items, int page, int pageSize, long total, int lastPage) {}
