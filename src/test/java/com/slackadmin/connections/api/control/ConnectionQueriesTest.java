package com.slackadmin.connections.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.api.entity.ErrorCode;
import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import org.junit.jupiter.api.Test;

/** The list's parameters: the console's defaults when absent, a 400 validation_failed when unknown. */
class ConnectionQueriesTest {

  @Test
  void absentParametersMeanTheConsolesDefaults() {
    assertEquals(1, ConnectionQueries.parsePage(null));
    assertEquals(1, ConnectionQueries.parsePage("0"));
    assertEquals(3, ConnectionQueries.parsePage(" 3 "));
    assertEquals(ConnectionSort.NICKNAME, ConnectionQueries.parseSort(null));
    assertEquals(ConnectionSort.LAST_USED, ConnectionQueries.parseSort("lastUsed"));
    assertNull(ConnectionQueries.parseStatus(""));
    assertEquals(ConnectionStatus.PERMISSION_LOST, ConnectionQueries.parseStatus("PERMISSION_LOST"));
  }

  @Test
  void unknownParametersAreRefusedRatherThanIgnored() {
    for (Runnable call : new Runnable[] {
        () -> ConnectionQueries.parsePage("two"),
        () -> ConnectionQueries.parseSort("newest"),
        () -> ConnectionQueries.parseStatus("active")}) {
      ApiException refused = assertThrows(ApiException.class, call::run);
      assertEquals(ErrorCode.VALIDATION_FAILED, refused.getCode());
      assertEquals(400, refused.getStatus());
    }
  }
}
