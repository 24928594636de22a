<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Set up the console">
  <p>No one administers this console yet. Create the first <strong>ADMIN</strong>: the person who adds
    teammates and sees every connection. This page disappears once the account exists.</p>
  <t:fieldError field="form"/>
  <form method="post" action="${pageContext.request.contextPath}/app/setup" class="stacked">
    <t:csrf/>
    <label for="username">Username</label>
    <input id="username" name="username" required maxlength="64" autocomplete="username" value="<c:out value='${form.username}'/>">
    <t:fieldError field="username"/>
    <label for="displayName">Display name</label>
    <input id="displayName" name="displayName" required maxlength="120" autocomplete="name" value="<c:out value='${form.displayName}'/>">
    <t:fieldError field="displayName"/>
    <label for="password">Password (at least 12 characters)</label>
    <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password">
    <t:fieldError field="password"/>
    <label for="passwordAgain">Password again</label>
    <input id="passwordAgain" name="passwordAgain" type="password" required minlength="12" autocomplete="new-password">
    <t:fieldError field="passwordAgain"/>
    <button type="submit">Create the ADMIN</button>
  </form>
</t:layout>
