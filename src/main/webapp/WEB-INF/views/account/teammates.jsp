<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Teammates">
  <table class="teammates stacks">
    <caption>People who can sign in to this console</caption>
    <thead><tr><th scope="col">Username</th><th scope="col">Display name</th><th scope="col">Role</th>
      <th scope="col">State</th><th scope="col">Connections owned</th><th scope="col">Actions</th></tr></thead>
    <tbody>
    <c:forEach items="${teammates}" var="mate">
      <tr>
        <td data-label="Username"><c:out value="${mate.username}"/></td>
        <td data-label="Display name"><c:out value="${mate.displayName}"/></td>
        <td data-label="Role">
          <form method="post" action="${pageContext.request.contextPath}/app/teammates/${mate.id}/role" class="inline">
            <t:csrf/>
            <label for="role-${mate.id}" class="visually-hidden">Role of <c:out value="${mate.username}"/></label>
            <select id="role-${mate.id}" name="role" aria-describedby="role-help">
              <c:forEach items="${roles}" var="role">
                <option value="${role}" ${role == mate.role ? 'selected' : ''}>${role}</option>
              </c:forEach>
            </select>
            <button type="submit">Change role</button>
          </form>
        </td>
        <td data-label="State">${mate.enabled ? 'Enabled' : 'Disabled'}</td>
        <td data-label="Connections owned">${empty ownedCounts[mate.id] ? 0 : ownedCounts[mate.id]}</td>
        <td data-label="Actions">
          <form method="post" action="${pageContext.request.contextPath}/app/teammates/${mate.id}/${mate.enabled ? 'disable' : 'enable'}" class="inline">
            <t:csrf/>
            <button type="submit">${mate.enabled ? 'Disable' : 'Enable'} <span class="visually-hidden"><c:out value="${mate.username}"/></span></button>
          </form>
          <c:if test="${not mate.enabled and ownedCounts[mate.id] > 0}">
            <form method="post" action="${pageContext.request.contextPath}/app/teammates/${mate.id}/transfer" class="inline transfer-all">
              <t:csrf/>
              <label for="transfer-${mate.id}">Transfer their connections to</label>
              <select id="transfer-${mate.id}" name="newOwnerId">
                <c:forEach items="${possibleOwners}" var="owner">
                  <option value="${owner.id}"><c:out value="${owner.displayName}"/> (<c:out value="${owner.username}"/>)</option>
                </c:forEach>
              </select>
              <button type="submit">Transfer <span class="visually-hidden">connections of <c:out value="${mate.username}"/></span></button>
            </form>
          </c:if>
        </td>
      </tr>
    </c:forEach>
    </tbody>
  </table>

  <h2>Add a teammate</h2>
  <t:fieldError field="form"/>
  <form method="post" action="${pageContext.request.contextPath}/app/teammates" class="stacked">
    <t:csrf/>
    <label for="username">Username</label>
    <input id="username" name="username" required maxlength="64" value="<c:out value='${form.username}'/>">
    <t:fieldError field="username"/>
    <label for="displayName">Display name</label>
    <input id="displayName" name="displayName" required maxlength="120" value="<c:out value='${form.displayName}'/>">
    <t:fieldError field="displayName"/>
    <label for="role">Role</label>
    <ul id="role-help" class="hint role-help">
      <li><strong>VIEWER</strong>: sees the connections shared with them and their audit trails; creates, tests
        and runs nothing. The least a teammate may do, so it is the default.</li>
      <li><strong>BUILDER</strong>: creates connections, and tests and runs action cards and bulk runs with their
        own and those shared with them; shares, renames and deletes only their own.</li>
      <li><strong>ADMIN</strong>: everything, on every connection; adds teammates, changes roles and settings.</li>
    </ul>
    <select id="role" name="role" aria-describedby="role-help">
      <c:forEach items="${newTeammateRoles}" var="role">
        <option value="${role}" ${role == (empty form.role ? 'VIEWER' : form.role) ? 'selected' : ''}>${role}</option>
      </c:forEach>
    </select>
    <t:fieldError field="role"/>
    <label for="password">Initial password (at least 12 characters)</label>
    <input id="password" name="password" type="password" required minlength="12" autocomplete="new-password">
    <t:fieldError field="password"/>
    <button type="submit">Add teammate</button>
  </form>
</t:layout>
