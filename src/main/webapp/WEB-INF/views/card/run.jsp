<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections/${connection.id}"/>
<t:layout title="${card.title}">
  <p><c:out value="${card.description}"/></p>
  <dl class="facts">
    <dt>Connection</dt>
    <dd><a href="${base}"><c:out value="${connection.nickname}"/></a>,
      acting as <c:out value="${connection.slackUserName}"/></dd>
    <dt>Status</dt>
    <dd class="status status-${connection.status}"><c:out value="${connection.status.label}"/></dd>
    <dt>Scope</dt><dd id="scope"><c:out value="${scope}"/></dd>
  </dl>

  <c:if test="${not empty failure}">
    <div class="flash error" role="alert" id="card-error">
      <p><strong><c:out value="${failure.reason().code()}"/></strong>: <c:out value="${failure.message}"/></p>
      <c:if test="${not empty failure.slackError()}"><p>Slack said: <c:out value="${failure.slackError()}"/></p></c:if>
    </div>
  </c:if>

  <form method="post" action="${base}/cards/${card.name}" class="stacked" novalidate>
    <t:csrf/>
    <c:forEach items="${card.inputs}" var="input">
      <label for="${input.name}"><c:out value="${input.label}"/><c:if test="${input.required}"> (required)</c:if></label>
      <c:choose>
        <c:when test="${input.choice}">
          <select id="${input.name}" name="${input.name}">
            <c:forEach items="${input.choices}" var="choice">
              <option value="${choice}" ${values[input.name] == choice ? 'selected' : ''}><c:out value="${choice}"/></option>
            </c:forEach>
          </select>
        </c:when>
        <c:when test="${input.multiline}">
          <textarea id="${input.name}" name="${input.name}" rows="5"><c:out value="${values[input.name]}"/></textarea>
        </c:when>
        <c:otherwise>
          <input id="${input.name}" name="${input.name}" type="${input.inputType}"
                 value="<c:out value='${values[input.name]}'/>"
                 <c:if test="${not empty errors[input.name]}">aria-invalid="true" aria-describedby="${input.name}-error"</c:if>>
        </c:otherwise>
      </c:choose>
      <c:if test="${not empty input.help}"><small><c:out value="${input.help}"/></small></c:if>
      <t:fieldError field="${input.name}"/>
    </c:forEach>
    <button type="submit">Run</button>
  </form>

  <c:if test="${not empty result}">
    <section aria-labelledby="output-title" id="card-output">
      <h2 id="output-title">Output</h2>
      <p>Ran in <c:out value="${result.durationMs}"/> ms.</p>
      <table class="card-output">
        <thead><tr><c:forEach items="${result.table.columns}" var="column"><th scope="col"><c:out value="${column}"/></th></c:forEach></tr></thead>
        <tbody>
        <c:forEach items="${result.table.rows}" var="row">
          <tr><c:forEach items="${row}" var="cell"><td><c:out value="${cell}"/></td></c:forEach></tr>
        </c:forEach>
        </tbody>
      </table>
      <h3>Output as JSON</h3>
      <pre id="output-json"><c:out value="${outputJson}"/></pre>
      <h3>Slack's SCIM answer</h3>
      <pre id="scim-json"><c:out value="${scimJson}"/></pre>
    </section>
  </c:if>

  <nav aria-label="Other cards">
    <h2>Other cards</h2>
    <ul class="cards">
      <c:forEach items="${cards}" var="other">
        <li><a href="${base}/cards/${other.name}"><c:out value="${other.title}"/></a></li>
      </c:forEach>
    </ul>
  </nav>
  <p><a href="${base}">Back to <c:out value="${connection.nickname}"/></a>
    · <a href="${base}/audit">Audit trail</a></p>
</t:layout>
