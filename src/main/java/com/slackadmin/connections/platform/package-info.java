/**
 * What every feature stands on: the database (data source, Flyway before Hibernate, readiness), clocks, the
 * two JAX-RS applications ({@code ConsoleApplication} under {@code /app}, {@code api.ApiApplication} under
 * {@code /api}) serving the classes each feature lists in its {@code WebBoundary}, the container's error pages
 * ({@code ErrorPage}: JSON under {@code /api}), security headers and cookies, themes, flash messages, and the
 * refusals every feature shares ({@code NotVisibleException} as 404, {@code NotPermittedException} as 403; in
 * the API {@code api.ErrorCode} and the features' {@code ApiRefusal}s).
 *
 * <p>Depends on no feature: features contribute through interfaces it defines ({@code WebBoundary},
 * {@code FormTarget}, {@code api.ApiRefusal}).
 */
package com.slackadmin.connections.platform;
