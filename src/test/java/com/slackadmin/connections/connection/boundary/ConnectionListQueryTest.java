package com.slackadmin.connections.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.platform.api.ApiException;
import com.slackadmin.connections.platform.api.ErrorCode;
import com.slackadmin.connections.platform.api.PageJson;
import org.junit.jupiter.api.Test;

/** The list's parameters: the console's defaults when absent, a 400 validation_failed when unknown. */
class ConnectionListQueryTest {

  @Test
  void absentParametersMeanTheConsolesDefaults() {
    assertEquals(1, PageJson.requested(null));
    assertEquals(1, PageJson.requested("0"));
    assertEquals(3, PageJson.requested(" 3 "));
    assertEquals(ConnectionSort.NICKNAME, ConnectionListQuery.parseSort(null));
    assertEquals(ConnectionSort.LAST_USED, ConnectionListQuery.parseSort("lastUsed"));
    assertNull(ConnectionListQuery.parseStatus(""));
    assertEquals(ConnectionStatus.PERMISSION_LOST, ConnectionListQuery.parseStatus("PERMISSION_LOST"));
  }

  @Test
  void unknownParametersAreRefusedRatherThanIgnored() {
    for (Runnable call : new Runnable[] {
        () -> PageJson.requested("two"),
        () -> ConnectionListQuery.parseSort("newest"),
        () -> ConnectionListQuery.parseStatus("active")}) {
      ApiException refused = assertThrows(ApiException.class, call::run);
      assertEquals(ErrorCode.VALIDATION_FAILED, refused.apiCode());
      assertEquals(400, refused.apiStatus());
    }
  }
}
