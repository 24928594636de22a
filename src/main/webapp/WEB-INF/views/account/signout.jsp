<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Sign out">
  <form method="post" action="${pageContext.request.contextPath}/app/signout" class="stacked">
    <t:csrf/>
    <p>Sign out of Slack Admin Connections?</p>
    <button type="submit">Sign out</button>
  </form>
</t:layout>
