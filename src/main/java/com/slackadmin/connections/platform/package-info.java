/**
 * What every feature stands on: the database (data source, durable at commit and owner-only when it is H2 in
 * files; Flyway before Hibernate; readiness), the data grid of a cluster ({@code DataGrid}: values every node
 * shares; readiness and liveness) and this node's id among the others ({@code ThisNode}), clocks, the two JAX-RS applications ({@code ConsoleApplication}
 * under {@code /app}, {@code api.ApiApplication} under {@code /api}) serving the classes each feature lists in
 * its {@code WebBoundary}, the container's error pages ({@code ErrorPage}: JSON under {@code /api}), security
 * headers and cookies, themes, flash messages, and the refusals every feature shares ({@code NotVisibleException}
 * as 404, {@code NotPermittedException} as 403; in the API {@code api.ErrorCode} and the features'
 * {@code ApiRefusal}s).
 *
 * <p>Owns the start: {@code StartupGate} fires {@code Starting} to the features' checks and start-up work, and
 * a {@code StartRefusedException} (from them, the theme or the database) ends the process ({@code ProcessExit}).
 *
 * <p>Depends on no feature: features contribute through interfaces and events it defines ({@code WebBoundary},
 * {@code FormTarget}, {@code api.ApiRefusal}, {@code Starting}).
 */
package com.slackadmin.connections.platform;
