<%@ tag description="Why an action card's run did not run, when it did not: in words, what Slack said once, and the code small for support" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:if test="${not empty failure}">
  <div class="flash error" role="alert" id="card-error">
    <p><strong><c:out value="${failure.reason().words()}"/>.</strong> <c:out value="${failure.message}"/></p>
    <c:if test="${not empty failure.slackSaid}"><p>Slack said: <c:out value="${failure.slackSaid}"/></p></c:if>
    <p><small class="error-code">Code for support: <c:out value="${failure.reason().code()}"/></small></p>
  </div>
</c:if>
