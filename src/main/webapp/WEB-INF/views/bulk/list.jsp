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
              <c:out value="${p.finishedText}"/></td>
            <td data-label="Started by"><c:out value="${p.run.createdByName}"/></td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
</t:layout>
