<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Sign in">
  <c:if test="${not empty error}"><p class="flash error" role="alert"><c:out value="${error}"/></p></c:if>
  <form method="post" action="${pageContext.request.contextPath}/app/signin" class="stacked">
    <t:csrf/>
    <input type="hidden" name="next" value="<c:out value='${next}'/>">
    <label for="username">Username</label>
    <input id="username" name="username" required autocomplete="username" value="<c:out value='${username}'/>">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required autocomplete="current-password">
    <button type="submit">Sign in</button>
  </form>
</t:layout>
