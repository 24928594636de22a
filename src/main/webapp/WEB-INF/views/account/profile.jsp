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
  <h2>Email notifications</h2>
  <p>Notifications about the connections you own or that are shared with you (a connection that stops or starts
    working again, a token Slack would not renew, a bulk run that finished or paused) are listed under
    <a href="${pageContext.request.contextPath}/app/notifications">Notifications</a>. They can also come by email.</p>
  <c:if test="${not mailSettings.configured}">
    <p class="hint">This console has no mail server configured (<code>SMTP_HOST</code>): until it has, no email is sent.</p>
  </c:if>
  <form method="post" action="${pageContext.request.contextPath}/app/profile/email" class="stacked">
    <t:csrf/>
    <label for="email">Email address</label>
    <input id="email" name="email" type="email" maxlength="254" autocomplete="email"
           value="<c:out value='${empty messages.values.email ? profile.email : messages.values.email}'/>">
    <label><input type="checkbox" name="emailNotifications" ${profile.emailNotifications ? 'checked' : ''}>
      Send me notifications by email</label>
    <button type="submit">Save email settings</button>
  </form>
</t:layout>
