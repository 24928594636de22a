<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Your profile">
  <dl class="facts">
    <dt>Username</dt><dd><c:out value="${currentUser.username}"/></dd>
    <dt>Display name</dt><dd><c:out value="${currentUser.displayName}"/></dd>
    <dt>Role</dt><dd><c:out value="${currentUser.role}"/></dd>
  </dl>
  <h2>Theme</h2>
  <form method="post" action="${pageContext.request.contextPath}/app/profile/theme" class="stacked">
    <t:csrf/>
    <label for="theme">Console theme</label>
    <select id="theme" name="theme">
      <option value="" ${empty theme.chosen ? 'selected' : ''}>The console's default (<c:out value="${defaultTheme}"/>)</option>
      <c:forEach items="${themes}" var="name">
        <option value="<c:out value='${name}'/>" ${name == theme.chosen ? 'selected' : ''}><c:out value="${name}"/></option>
      </c:forEach>
    </select>
    <button type="submit">Save theme</button>
  </form>
</t:layout>
