<%@ tag description="An action card's result: what happened in words first, then the table (open for a search), the output as JSON and Slack's SCIM answer, folded" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:if test="${not empty result}">
  <section aria-labelledby="output-title" id="card-output">
    <h2 id="output-title">Result</h2>
    <p class="flash notice" id="card-summary" role="status"><c:out value="${result.summary}"/></p>
    <p>Took ${f:duration(result.durationMs)}.</p>
    <details id="output-table" ${result.listing ? 'open' : ''}>
      <summary>${result.listing ? 'What was found' : 'Details as a table'}</summary>
      <div class="table-scroll">
        <table class="card-output">
          <thead><tr><c:forEach items="${result.table.columns}" var="column"><th scope="col"><c:out value="${column}"/></th></c:forEach></tr></thead>
          <tbody>
          <c:forEach items="${result.table.rows}" var="row">
            <tr><c:forEach items="${row}" var="cell"><td><c:out value="${cell}"/></td></c:forEach></tr>
          </c:forEach>
          </tbody>
        </table>
      </div>
    </details>
    <details>
      <summary>Output as JSON (what the JSON API answers)</summary>
      <pre id="output-json"><c:out value="${outputJson}"/></pre>
    </details>
    <details>
      <summary>Slack's SCIM answer, as it came</summary>
      <pre id="scim-json"><c:out value="${scimJson}"/></pre>
    </details>
  </section>
</c:if>
