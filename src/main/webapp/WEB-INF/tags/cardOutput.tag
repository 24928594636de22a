<%@ tag description="An action card's output: a table, the output as JSON and Slack's SCIM answer" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:if test="${not empty result}">
  <section aria-labelledby="output-title" id="card-output">
    <h2 id="output-title">Output</h2>
    <p>Ran in <c:out value="${result.durationMs}"/> ms.</p>
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
    <h3>Output as JSON</h3>
    <pre id="output-json"><c:out value="${outputJson}"/></pre>
    <h3>Slack's SCIM answer</h3>
    <pre id="scim-json"><c:out value="${scimJson}"/></pre>
  </section>
</c:if>
