<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/bulk-runs"/>
<t:layout title="Bulk runs">
  <p>A bulk run applies one action card to many accounts in the background, paced to Slack's published SCIM
    limits, and checks the connection's rules on every row.</p>
  <c:if test="${currentUser.builderOrAdmin}">
    <p><a class="button" href="${base}/new" id="new-bulk-run">New bulk run</a></p>
  </c:if>
  <c:choose>
    <c:when test="${empty runs}">
      <p id="no-runs">No bulk runs yet.</p>
    </c:when>
    <c:otherwise>
      <table class="bulk-runs stacks">
        <caption>The latest bulk runs you may see</caption>
        <thead><tr><th scope="col">Run</th><th scope="col">Connection</th><th scope="col">Card</th>
          <th scope="col">State</th><th scope="col">Progress</th><th scope="col">Started by</th></tr></thead>
        <tbody>
        <c:forEach items="${runs}" var="p">
          <tr>
            <td data-label="Run"><a href="${base}/${p.run.id}">#<c:out value="${p.run.id}"/></a><c:if test="${p.run.dryRun}"> (dry run)</c:if></td>
            <td data-label="Connection"><c:out value="${p.run.connectionName}"/></td>
            <td data-label="Card"><c:out value="${empty cardCatalogue.titles[p.run.card] ? p.run.card : cardCatalogue.titles[p.run.card]}"/></td>
            <td data-label="State" class="run-state run-${p.run.state}"><c:out value="${p.run.state.label}"/></td>
            <td data-label="Progress"><progress max="${p.run.rowCount}" value="${p.finished}" aria-label="Rows of run ${p.run.id} with an outcome"></progress>
              <c:out value="${p.finishedText}"/>
              <c:if test="${p.run.rowsDeleted}"><span class="rows-deleted"> (<c:out value="${p.done} done, ${p.refused} refused, ${p.failed} failed"/>; rows deleted after <c:out value="${p.run.rowsKeptDays}"/> days)</span></c:if></td>
            <td data-label="Started by"><c:out value="${p.run.createdByName}"/></td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
  <section aria-labelledby="retention-title" id="retention">
    <h2 id="retention-title">How long rows are kept</h2>
    <p id="retention-now">A run's rows name the people it concerned (user ids, emails, names). Once a run has been
      finished or cancelled for <strong><c:out value="${retentionDays}"/> days</strong>, its rows are deleted; the run
      and its counts (done, refused, failed) stay.</p>
    <c:if test="${mayChangeRetention}">
      <form method="post" action="${base}/retention" class="stacked" novalidate>
        <t:csrf/>
        <label for="retention-days">Keep finished bulk runs' rows for (days, 1 to 3650)</label>
        <input id="retention-days" name="days" type="number" min="1" max="3650" step="1" required
               value="<c:out value='${empty retentionValue ? retentionDays : retentionValue}'/>">
        <button type="submit">Save</button>
      </form>
    </c:if>
  </section>
</t:layout>
