<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="New bulk run">
  <p>One card over many accounts. Every row passes the same rules as a single card run: the connection's
    account must still be an Owner or Admin (checked at the start and at least every minute), and a card that
    changes an account never reaches above that account's rank. Rows the rules refuse never reach Slack.</p>
  <c:if test="${not empty formError}">
    <div class="flash error" role="alert" id="bulk-error"><p><c:out value="${formError}"/></p></div>
  </c:if>
  <c:choose>
    <c:when test="${not currentUser.builderOrAdmin}">
      <p class="flash notice" id="viewer-cannot-run">A VIEWER cannot start bulk runs: ask an ADMIN for the BUILDER
        role. You can still follow the runs of the connections shared with you.</p>
    </c:when>
    <c:when test="${empty connections}">
      <p id="no-connection">You have no connection to run cards with yet.
        <a href="${pageContext.request.contextPath}/app/connections/new">New Connection</a></p>
    </c:when>
    <c:otherwise>
      <form method="post" action="${pageContext.request.contextPath}/app/bulk-runs/new" class="stacked" novalidate>
        <t:csrf/>
        <label for="connection">Connection</label>
        <select id="connection" name="connection">
          <c:forEach items="${connections}" var="connection">
            <option value="${connection.id}" ${values.connection == connection.id.toString() ? 'selected' : ''}>
              <c:out value="${connection.nickname}"/> (<c:out value="${connection.status.label}"/>)</option>
          </c:forEach>
        </select>
        <label for="card">Card</label>
        <select id="card" name="card">
          <c:forEach items="${cards}" var="card">
            <option value="${card.name}" ${values.card == card.name ? 'selected' : ''}><c:out value="${card.title}"/></option>
          </c:forEach>
        </select>
        <fieldset>
          <legend>Rows</legend>
          <label><input type="radio" name="mode" value="lines" ${values.mode != 'csv' ? 'checked' : ''}>
            One user id or email a line (cards that take only a user)</label>
          <label for="lines" class="visually-hidden">User ids or emails, one a line</label>
          <textarea id="lines" name="lines" rows="8"><c:out value="${values.lines}"/></textarea>
          <label><input type="radio" name="mode" value="csv" ${values.mode == 'csv' ? 'checked' : ''}>
            CSV with a header row of the card's inputs</label>
          <label for="csv" class="visually-hidden">CSV</label>
          <textarea id="csv" name="csv" rows="10"><c:out value="${values.csv}"/></textarea>
          <details>
            <summary>Each card's columns</summary>
            <dl class="facts">
              <c:forEach items="${columns}" var="entry">
                <dt><c:out value="${entry.key}"/></dt><dd><code><c:forEach items="${entry.value}" var="column" varStatus="s"><c:out value="${column}"/><c:if test="${not s.last}">,</c:if></c:forEach></code></dd>
              </c:forEach>
            </dl>
            <p>UTF-8, comma separated, quotes as in RFC 4180; at most 50,000 rows.</p>
          </details>
        </fieldset>
        <label><input type="checkbox" id="dryRun" name="dryRun" ${not empty values.dryRun ? 'checked' : ''}>
          Dry run: check every row against the rules and say what would happen; change nothing</label>
        <button type="submit">Start</button>
      </form>
      <h2 id="upload-title">Or upload a CSV file</h2>
      <form method="post" action="${pageContext.request.contextPath}/app/bulk-runs/upload" enctype="multipart/form-data"
            class="stacked" aria-labelledby="upload-title" id="upload-form">
        <t:csrf/>
        <label for="upload-connection">Connection</label>
        <select id="upload-connection" name="connection">
          <c:forEach items="${connections}" var="connection">
            <option value="${connection.id}" ${values.connection == connection.id.toString() ? 'selected' : ''}>
              <c:out value="${connection.nickname}"/> (<c:out value="${connection.status.label}"/>)</option>
          </c:forEach>
        </select>
        <label for="upload-card">Card</label>
        <select id="upload-card" name="card">
          <c:forEach items="${cards}" var="card">
            <option value="${card.name}" ${values.card == card.name ? 'selected' : ''}><c:out value="${card.title}"/></option>
          </c:forEach>
        </select>
        <label for="file">CSV file (UTF-8, header row of the card's inputs, at most 4 MB)</label>
        <input type="file" id="file" name="file" accept=".csv,text/csv">
        <label><input type="checkbox" name="dryRun" ${not empty values.dryRun ? 'checked' : ''}> Dry run</label>
        <button type="submit">Upload and start</button>
      </form>
    </c:otherwise>
  </c:choose>
  <p><a href="${pageContext.request.contextPath}/app/bulk-runs">Back to bulk runs</a></p>
</t:layout>
