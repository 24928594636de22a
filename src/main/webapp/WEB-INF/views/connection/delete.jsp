<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections/${connection.id}"/>
<t:layout title="Delete ${connection.nickname}?">
  <p>Deleting revokes the connection's token at Slack and removes the connection for everyone it is shared with.
    Its audit trail is kept. This cannot be undone.</p>
  <form method="post" action="${base}/delete" class="inline">
    <t:csrf/>
    <button type="submit" class="danger">Delete the connection</button>
  </form>
  <a href="${base}">Keep it</a>
</t:layout>
