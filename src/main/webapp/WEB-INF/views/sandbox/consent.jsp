<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Slack Admin Connections is requesting permission"/>
<%@ include file="_top.jspf" %>
<p>Signed in as <strong><c:out value="${person.realName}"/></strong> (<c:out value="${person.email}"/>,
  <c:out value="${person.roleLabel}"/>).
  <a href="${pageContext.request.contextPath}/sandbox/oauth/v2/authorize?<c:out value='${authorize.query()}'/>&amp;add_account=1">Use another account</a></p>
<h2>With your account, the app asks to use these user scopes</h2>
<ul class="scopes">
  <c:forEach var="scope" items="${scopes}"><li><code><c:out value="${scope}"/></code></li></c:forEach>
</ul>
<form method="post" action="${pageContext.request.contextPath}/sandbox/oauth/v2/authorize" class="stack">
  <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
  <%@ include file="_carried.jspf" %>
  <input type="hidden" name="account" value="<c:out value='${person.id}'/>">
  <fieldset>
    <legend>Where should the app be installed?</legend>
    <c:forEach var="o" items="${options}" varStatus="loop">
      <div class="choice">
        <input type="radio" id="install-${loop.index}" name="install" value="<c:out value='${o.value()}'/>"
          ${o.value() eq preselected ? 'checked' : ''}>
        <label for="install-${loop.index}"><c:out value="${o.label()}"/><c:if test="${o.recommended()}"> (recommended)</c:if></label>
      </div>
    </c:forEach>
  </fieldset>
  <div class="buttons">
    <button type="submit" name="decision" value="allow">Authorize</button>
    <button type="submit" name="decision" value="deny" class="secondary">Cancel</button>
  </div>
</form>
<%@ include file="_bottom.jspf" %>
