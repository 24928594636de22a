<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:set var="run" value="${progress.run}"/>
<c:set var="base" value="${pageContext.request.contextPath}/app/bulk-runs/${run.id}"/>
<t:layout title="Bulk run ${run.id}${run.dryRun ? ' (dry run)' : ''}" refreshSeconds="${refreshSeconds}">
  <dl class="facts">
    <dt>Card</dt><dd id="run-card"><c:out value="${empty cardCatalogue.titles[run.card] ? run.card : cardCatalogue.titles[run.card]}"/></dd>
    <dt>Connection</dt>
    <dd><c:choose>
      <c:when test="${not empty run.connectionId}"><a href="${pageContext.request.contextPath}/app/connections/${run.connectionId}"><c:out value="${run.connectionName}"/></a></c:when>
      <c:otherwise><c:out value="${run.connectionName}"/> (deleted)</c:otherwise>
    </c:choose></dd>
    <dt>Started by</dt><dd><c:out value="${run.createdByName}"/></dd>
    <dt>State</dt>
    <dd id="run-state" class="run-state run-${run.state}"><c:out value="${run.state.label}"/>
      <c:if test="${not empty run.stateReason}"> &mdash; <span id="run-reason"><c:out value="${run.stateReason}"/></span></c:if></dd>
  </dl>

  <section aria-labelledby="progress-title" id="run-progress">
    <h2 id="progress-title">Progress</h2>
    <p id="run-finished"><progress max="${run.rowCount}" value="${progress.finished}" aria-label="Rows with an outcome"></progress>
      <c:out value="${progress.finishedText}"/> with an outcome</p>
    <dl class="facts counts">
      <dt>Done</dt><dd id="count-done"><c:out value="${progress.done}"/></dd>
      <dt>Refused</dt><dd id="count-refused"><c:out value="${progress.refused}"/></dd>
      <dt>Failed</dt><dd id="count-failed"><c:out value="${progress.failed}"/></dd>
      <dt>Left</dt><dd id="count-left"><c:out value="${progress.left}"/></dd>
      <c:if test="${progress.skipped > 0}"><dt>Skipped</dt><dd id="count-skipped"><c:out value="${progress.skipped}"/></dd></c:if>
      <dt>Rate</dt><dd id="rate"><c:out value="${progress.rateText}"/></dd>
      <c:if test="${not empty progress.timeLeftText}"><dt>Time left</dt><dd id="time-left"><c:out value="${progress.timeLeftText}"/></dd></c:if>
    </dl>
    <c:if test="${running}">
      <p class="hint" id="follow">
        <c:choose>
          <c:when test="${not empty refreshSeconds}">This page refreshes every <c:out value="${refreshSeconds}"/> seconds while the run goes.
            <a href="${base}">Stop refreshing</a></c:when>
          <c:otherwise><a href="${base}?follow=true">Follow the run</a> (the page then refreshes itself every 5 seconds), or reload it when you like.</c:otherwise>
        </c:choose>
      </p>
    </c:if>
  </section>

  <c:if test="${maySteer and not run.state.over}">
    <div class="actions">
      <c:if test="${run.state == 'RUNNING'}">
        <form method="post" action="${base}/pause" class="inline"><t:csrf/><button type="submit" id="pause">Pause</button></form>
      </c:if>
      <c:if test="${run.state == 'PAUSED'}">
        <form method="post" action="${base}/resume" class="inline"><t:csrf/><button type="submit" id="resume">Resume</button></form>
      </c:if>
      <form method="post" action="${base}/cancel" class="inline"><t:csrf/><button type="submit" id="cancel" class="danger">Cancel run</button></form>
    </div>
  </c:if>

  <section aria-labelledby="rows-title">
    <h2 id="rows-title">Rows</h2>
    <c:choose>
    <c:when test="${run.rowsDeleted}">
      <p id="rows-deleted">Rows deleted after <c:out value="${run.rowsKeptDays}"/> days, on ${f:instant(run.rowsDeletedAt)}:
        they named the people the run concerned, and are kept only as long as an ADMIN set on the
        <a href="${pageContext.request.contextPath}/app/bulk-runs#retention">Bulk runs</a> page. The counts above remain.</p>
    </c:when>
    <c:otherwise>
    <p><a id="download" href="${base}/rows.csv">Download every row as CSV</a></p>
    <nav aria-label="Filter rows" class="filters">
      <a href="${base}" ${empty state ? 'aria-current="page"' : ''}>All</a>
      <c:forEach items="${states}" var="s">
        · <a href="${base}?state=${s}" ${state == s.name() ? 'aria-current="page"' : ''}><c:out value="${s.label}"/></a>
      </c:forEach>
    </nav>
    <table class="bulk-rows stacks" id="rows">
      <thead><tr><th scope="col">Line</th><th scope="col">Target</th><th scope="col">State</th>
        <th scope="col">Outcome</th><th scope="col">Message</th></tr></thead>
      <tbody>
      <c:forEach items="${rows}" var="row">
        <tr class="row-${row.state}">
          <td data-label="Line"><c:out value="${row.line}"/></td>
          <td data-label="Target" class="long-words"><c:out value="${row.target}"/></td>
          <td data-label="State"><c:out value="${row.state.label}"/></td>
          <td data-label="Outcome"><c:out value="${empty outcomeWords[row.outcome] ? row.outcome : outcomeWords[row.outcome]}"/></td>
          <td data-label="Message" class="long-words"><c:out value="${row.message}"/></td>
        </tr>
      </c:forEach>
      <c:if test="${empty rows}"><tr><td colspan="5">No rows here.</td></tr></c:if>
      </tbody>
    </table>
    <nav aria-label="Pages" class="pager">
      <c:if test="${page > 1}"><a rel="prev" href="${base}?state=${state}&amp;page=${page - 1}">Previous rows</a></c:if>
      <c:if test="${hasNext}"><a rel="next" href="${base}?state=${state}&amp;page=${page + 1}">Next rows</a></c:if>
    </nav>
    </c:otherwise>
    </c:choose>
  </section>
  <p><a href="${pageContext.request.contextPath}/app/bulk-runs">All bulk runs</a></p>
</t:layout>
