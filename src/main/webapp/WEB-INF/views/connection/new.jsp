<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="New Connection">
  <p class="flash notice" role="status">Connecting to Slack is not available in this version yet: the Slack
    authorization step is still being built. Existing connections are listed on the Connections page.</p>
  <p><a href="${pageContext.request.contextPath}/app/connections">Back to Connections</a></p>
</t:layout>
