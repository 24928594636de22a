<%@ tag description="Why an action card's run did not run, when it did not" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:if test="${not empty failure}">
  <div class="flash error" role="alert" id="card-error">
    <p><strong><c:out value="${failure.reason().code()}"/></strong>: <c:out value="${failure.message}"/></p>
    <c:if test="${not empty failure.slackError()}"><p>Slack said: <c:out value="${failure.slackError()}"/></p></c:if>
  </div>
</c:if>
