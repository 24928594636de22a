package com.slackadmin.connections.support;

import com.slackadmin.connections.connection.entity.ConnectionShare;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Test-only: added to the deployed WAR by the integration tests that count what a request does to the
 * database. POST starts counting afresh; GET answers how many times each entity was read since.
 */
@WebServlet("/test-support/hibernate-statistics")
public class HibernateStatisticsProbe extends HttpServlet {

  @PersistenceUnit
  EntityManagerFactory entityManagers;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    Statistics statistics = statistics();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Statistics statistics = statistics();
    response.setContentType("application/json");
    response.getWriter().write("{\"connectionLoads\":" + loads(statistics, SlackConnection.class)
        + ",\"shareLoads\":" + loads(statistics, ConnectionShare.class)
        + ",\"statements\":" + statistics.getPrepareStatementCount()
        + ",\"transactions\":" + statistics.getTransactionCount() + "}");
  }

  private Statistics statistics() {
    return entityManagers.unwrap(SessionFactory.class).getStatistics();
  }

  private static long loads(Statistics statistics, Class<?> entity) {
    return statistics.getEntityStatistics(entity.getName()).getLoadCount();
  }
}
