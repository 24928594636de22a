<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="New Connection">
  <p>Give the connection a nickname your team will recognise, then <strong>Create</strong>. Slack asks you to sign
    in (or pick an account) and to <strong>Authorize</strong> this console; you come back here with the new
    connection.</p>
  <p>Slack requires a <strong>Business+</strong> workspace (signed in as an Owner or Admin) or an
    <strong>Enterprise Grid</strong> organisation (signed in as an Org Owner, installing on the organisation).</p>
  <c:if test="${not empty error}">
    <p class="flash error" role="alert" id="nickname-error"><c:out value="${error}"/></p>
  </c:if>
  <form method="post" action="${pageContext.request.contextPath}/app/connections" class="stacked">
    <t:csrf/>
    <c:if test="${not empty next}"><input type="hidden" name="next" value="<c:out value='${next}'/>"></c:if>
    <label for="nickname">Connection Nickname (up to 80 characters)</label>
    <input id="nickname" name="nickname" required maxlength="80" value="<c:out value='${nickname}'/>"
           <c:if test="${not empty error}">aria-describedby="nickname-error" aria-invalid="true"</c:if>>
    <button type="submit">Create</button>
  </form>
  <c:choose>
    <c:when test="${not empty next}">
      <p>Once it is authorized you go back to where you started, with the new connection chosen.
        <a href="${pageContext.request.contextPath}/app<c:out value='${next}'/>">Go back without creating a connection</a></p>
    </c:when>
    <c:otherwise><p><a href="${pageContext.request.contextPath}/app/connections">Back to Connections</a></p></c:otherwise>
  </c:choose>
</t:layout>
