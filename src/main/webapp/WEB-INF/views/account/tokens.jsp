<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/tokens"/>
<t:layout title="API tokens">
  <p>A personal API token lets a script call the JSON API under <code>/api</code> as you, with your current
    role. Send it as <code>Authorization: Bearer &lt;token&gt;</code>. The API is described at
    <a href="${pageContext.request.contextPath}/openapi">/openapi</a>.</p>

  <c:if test="${not empty newToken}">
    <section class="new-token" aria-labelledby="new-token-title">
      <h2 id="new-token-title">Your new token <c:out value="${newTokenName}"/></h2>
      <p><strong>Copy it now: it is shown this once.</strong> The console keeps only a fingerprint of it and
        cannot show it again; if you lose it, revoke it and create another.</p>
      <p><label for="new-token">Token</label>
        <input id="new-token" class="token" readonly size="50" value="<c:out value='${newToken}'/>"></p>
    </section>
  </c:if>

  <c:choose>
    <c:when test="${empty tokens}">
      <p>You have no API tokens.</p>
    </c:when>
    <c:otherwise>
      <table class="api-tokens stacks">
        <caption>Your API tokens</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Last used</th>
          <th scope="col">State</th><th scope="col">Actions</th></tr></thead>
        <tbody>
        <c:forEach items="${tokens}" var="token">
          <tr>
            <td class="token-name long-words" data-label="Name"><c:out value="${token.name}"/></td>
            <td data-label="Created">${f:instant(token.createdAt)}</td>
            <td data-label="Last used">${f:instant(token.lastUsedAt)}</td>
            <td class="token-state" data-label="State">${token.revoked ? 'Revoked '.concat(f:instant(token.revokedAt)) : 'Active'}</td>
            <td data-label="Actions">
              <c:if test="${not token.revoked}">
                <form method="post" action="${base}/${token.id}/revoke" class="inline">
                  <t:csrf/>
                  <button type="submit">Revoke <span class="visually-hidden"><c:out value="${token.name}"/></span></button>
                </form>
              </c:if>
            </td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>

  <c:if test="${mayCreate}">
    <h2>Create a token</h2>
    <t:fieldError field="form"/>
    <form method="post" action="${base}" class="stacked">
      <t:csrf/>
      <label for="name">Name (where the token is used)</label>
      <input id="name" name="name" required maxlength="80" value="<c:out value='${form.name}'/>">
      <t:fieldError field="name"/>
      <button type="submit">Create token</button>
    </form>
  </c:if>
</t:layout>
