<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Slack sandbox control page"/>
<%@ include file="_top.jspf" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<c:if test="${not empty notice}"><p role="status" class="notice"><c:out value="${notice}"/></p></c:if>

<section aria-labelledby="how">
  <h2 id="how">How to use it</h2>
  <ol>
    <li>In the console, create a connection: the console sends you here to sign in as a seeded person (password
      <strong>sandbox</strong>), pick the org or a workspace, and Authorize.</li>
    <li>Come back to this page and change that person's role (for example demote the Admin behind a connection
      to Member), a workspace's plan, or deactivate the person or revoke their tokens.</li>
    <li>Use the connection again in the console, and watch its rules act: the use is refused before anything
      reaches SCIM, and the connection is marked as having lost its permission.</li>
  </ol>
  <p>The sandbox is the Slack app with <code>client_id</code> <code><c:out value="${clientId}"/></code> and
    <code>client_secret</code> <code><c:out value="${clientSecret}"/></code>. Its Slack URLs:
    authorize <code>${ctx}/sandbox/oauth/v2/authorize</code>, Web API <code>${ctx}/sandbox/api/</code>,
    SCIM <code>${ctx}/sandbox/scim/v2/</code>. People, plans, groups and tokens are kept in the data folder
    across restarts; <strong>Reset everything</strong> seeds them again.
    It is on only while <code>SLACK_CLIENT_ID</code> and <code>SLACK_CLIENT_SECRET</code> are not both set.</p>
  <c:if test="${not empty signedIn}">
    <form method="post" action="${ctx}/sandbox/oauth/signout" class="inline">
      <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
      <p>This browser is signed in to the sandbox as
        <c:forEach var="p" items="${signedIn}" varStatus="l"><c:out value="${p.email}"/>${l.last ? '' : ', '}</c:forEach>.
        <button type="submit" class="link-button">Sign out of the sandbox</button></p>
    </form>
  </c:if>
</section>

<section aria-labelledby="workspaces">
  <h2 id="workspaces">Orgs and workspaces</h2>
  <table class="stacks">
    <thead><tr><th scope="col">Workspace</th><th scope="col">ID</th><th scope="col">Org</th><th scope="col">Plan</th></tr></thead>
    <tbody>
    <c:forEach var="w" items="${workspaces}">
      <tr>
        <td data-label="Workspace"><c:out value="${w.name}"/></td>
        <td data-label="ID"><code><c:out value="${w.id}"/></code></td>
        <td data-label="Org"><c:forEach var="e" items="${enterprises}"><c:if test="${e.id() eq w.enterpriseId}"><c:out value="${e.name()}"/> (<code><c:out value="${e.id()}"/></code>)</c:if></c:forEach></td>
        <td data-label="Plan">
          <form method="post" action="${ctx}/sandbox/manage/plan" class="inline">
            <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
            <input type="hidden" name="team" value="<c:out value='${w.id}'/>">
            <label for="plan-${w.id}" class="visually-hidden">Plan of <c:out value="${w.name}"/></label>
            <select id="plan-${w.id}" name="plan">
              <c:forEach var="plan" items="${plans}">
                <option value="${plan.slackName()}" ${plan eq w.plan ? 'selected' : ''}><c:out value="${plan.label()} (${plan.slackName()})"/></option>
              </c:forEach>
            </select>
            <button type="submit">Change plan</button>
          </form>
        </td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
</section>

<section aria-labelledby="people">
  <h2 id="people">People</h2>
  <p>Every password is <strong>sandbox</strong>. Grid people have a workspace role (in all their workspaces) and
    an org role (<code>enterprise_user</code> in <code>users.info</code>).</p>
  <c:if test="${generatedCount gt 0}">
    <p>Not listed: <c:out value="${generatedCount}"/> generated Members for bulk runs
      (<code>bulk-user-00001@plus.example</code> &hellip; in Acme Plus, <code>bulk-user-00001@grid.example</code>
      &hellip; in Globex North); find one with <code>GET ${ctx}/sandbox/control/users?email=&hellip;</code>.</p>
  </c:if>
  <table class="stacks">
    <thead><tr><th scope="col">Person</th><th scope="col">ID</th><th scope="col">Workspaces</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Tokens</th></tr></thead>
    <tbody>
    <c:forEach var="p" items="${people}">
      <tr>
        <td data-label="Person"><c:out value="${p.realName}"/><br><c:out value="${p.email}"/></td>
        <td data-label="ID"><code><c:out value="${p.id}"/></code></td>
        <td data-label="Workspaces"><c:forEach var="t" items="${p.teamIds}"><code><c:out value="${t}"/></code> </c:forEach></td>
        <td data-label="Role">
          <form method="post" action="${ctx}/sandbox/manage/role" class="inline">
            <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
            <input type="hidden" name="user" value="<c:out value='${p.id}'/>">
            <label for="role-${p.id}">Workspace role</label>
            <select id="role-${p.id}" name="role">
              <c:forEach var="r" items="${roles}"><option value="${r}" ${r eq p.role ? 'selected' : ''}><c:out value="${r.label()}"/></option></c:forEach>
            </select>
            <c:if test="${p.inGrid}">
              <label for="org-role-${p.id}">Org role</label>
              <select id="org-role-${p.id}" name="orgRole">
                <c:forEach var="r" items="${orgRoles}"><option value="${r}" ${r eq p.orgRole ? 'selected' : ''}><c:out value="${r.label()}"/></option></c:forEach>
              </select>
            </c:if>
            <button type="submit">Change role</button>
          </form>
        </td>
        <td data-label="Status">
          <form method="post" action="${ctx}/sandbox/manage/active" class="inline">
            <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
            <input type="hidden" name="user" value="<c:out value='${p.id}'/>">
            <input type="hidden" name="active" value="${not p.active}">
            ${p.active ? 'Active' : 'Deactivated'}
            <button type="submit">${p.active ? 'Deactivate' : 'Activate'} <span class="visually-hidden"><c:out value="${p.email}"/></span></button>
          </form>
        </td>
        <td data-label="Tokens">
          <form method="post" action="${ctx}/sandbox/manage/revoke" class="inline">
            <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
            <input type="hidden" name="user" value="<c:out value='${p.id}'/>">
            <button type="submit">Revoke tokens <span class="visually-hidden">of <c:out value="${p.email}"/></span></button>
          </form>
        </td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
</section>

<section aria-labelledby="faults">
  <h2 id="faults">Faults on demand</h2>
  <p>Make the next calls of a Web API method (e.g. <code>users.info</code>) or of SCIM (<code>scim</code>)
    misbehave. Planned now:
    <c:choose><c:when test="${empty faults}">nothing.</c:when>
      <c:otherwise><c:forEach var="f" items="${faults}"><code><c:out value="${f.key}"/></code>: <c:out value="${f.value}"/>; </c:forEach></c:otherwise></c:choose></p>
  <form method="post" action="${ctx}/sandbox/manage/fault" class="stack">
    <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
    <label for="fault-target">Method name or scim</label>
    <input id="fault-target" name="target" required value="users.info">
    <label for="fault-kind">Fault</label>
    <select id="fault-kind" name="kind">
      <c:forEach var="k" items="${faultKinds}"><option value="${k}"><c:out value="${k}"/></option></c:forEach>
    </select>
    <label for="fault-count">How many calls</label>
    <input id="fault-count" name="count" type="number" min="0" value="1">
    <label for="fault-retry">Retry-After seconds (429)</label>
    <input id="fault-retry" name="retryAfter" type="number" min="1" value="30">
    <label for="fault-delay">Delay in ms (slow)</label>
    <input id="fault-delay" name="delayMs" type="number" min="0" value="3000">
    <button type="submit">Plan the fault</button>
  </form>
  <form method="post" action="${ctx}/sandbox/manage/faults-clear" class="inline">
    <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
    <button type="submit">Clear all faults</button>
  </form>
</section>

<section aria-labelledby="settings">
  <h2 id="settings">Settings</h2>
  <form method="post" action="${ctx}/sandbox/manage/settings" class="stack">
    <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
    <div class="choice"><input id="rotation" name="tokenRotation" type="checkbox" ${settings.tokenRotation ? 'checked' : ''}>
      <label for="rotation">Token rotation (tokens expire; <code>oauth.v2.access</code> gives refresh tokens)</label></div>
    <label for="lifetime">Token lifetime in seconds</label>
    <input id="lifetime" name="tokenLifetimeSeconds" type="number" min="1" value="${settings.tokenLifetimeSeconds}">
    <div class="choice"><input id="limits" name="rateLimits" type="checkbox" ${settings.rateLimits ? 'checked' : ''}>
      <label for="limits">Slack's published rate limits</label></div>
    <label for="scale">Rate limit time scale (refill this many times faster)</label>
    <input id="scale" name="rateLimitTimeScale" type="number" min="1" value="${settings.rateLimitTimeScale}">
    <button type="submit">Save settings</button>
  </form>
  <form method="post" action="${ctx}/sandbox/manage/reset" class="stack">
    <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
    <label for="seed-users">Generated Members for bulk runs, in Acme Plus and as many in Globex
      (now <c:out value="${settings.seedUsers}"/>; empty: as configured)</label>
    <input id="seed-users" name="seedUsers" type="number" min="0" max="50000">
    <p><button type="submit" class="danger">Reset everything</button> People, roles, plans, tokens, sign-ins,
      faults, settings and the call log go back to the seed.</p>
  </form>
</section>

<section aria-labelledby="calls">
  <h2 id="calls">Recent calls</h2>
  <table class="stacks">
    <thead><tr><th scope="col">When</th><th scope="col">API</th><th scope="col">Call</th><th scope="col">Token's user</th><th scope="col">Status</th></tr></thead>
    <tbody>
    <c:forEach var="call" items="${calls}">
      <tr><td data-label="When"><c:out value="${call.at()}"/></td><td data-label="API"><c:out value="${call.api()}"/></td>
        <td data-label="Call"><c:out value="${call.httpMethod()} ${call.name()}"/></td><td data-label="Token's user"><c:out value="${call.userId()}"/></td>
        <td data-label="Status"><c:out value="${call.status()}"/></td></tr>
    </c:forEach>
    </tbody>
  </table>
</section>

<section aria-labelledby="api">
  <h2 id="api">JSON control API (for tests)</h2>
  <p>POST a JSON object; the answer is <code>{"ok":true,...}</code> or <code>{"ok":false,"error":"..."}</code>.
    People are named by <code>"user"</code> (id) or <code>"email"</code>.</p>
  <dl>
    <dt><code>POST ${ctx}/sandbox/control/reset</code> <code>{}</code></dt><dd>everything back to the seed;
      <code>{"seedUsers":10000}</code> seeds that many generated Members in Acme Plus and as many in Globex, until
      the next reset (default: <code>SANDBOX_SEED_USERS</code>)</dd>
    <dt><code>POST ${ctx}/sandbox/control/role</code> <code>{"email":"admin@plus.example","role":"MEMBER"}</code></dt>
    <dd>roles: PRIMARY_OWNER, OWNER, ADMIN, MEMBER, GUEST, SINGLE_CHANNEL_GUEST; Grid people also
      <code>"orgRole"</code>: PRIMARY_OWNER, OWNER, ADMIN, MEMBER</dd>
    <dt><code>POST ${ctx}/sandbox/control/plan</code> <code>{"team":"T01PLUS0001","plan":"std"}</code></dt><dd>free, std, plus (standalone); enterprise, compliance (Grid)</dd>
    <dt><code>POST ${ctx}/sandbox/control/revoke</code> <code>{"user":"U01PLUSAD01"}</code></dt><dd>revokes every token of the person</dd>
    <dt><code>POST ${ctx}/sandbox/control/active</code> <code>{"email":"...","active":false}</code></dt><dd>deactivate or activate</dd>
    <dt><code>POST ${ctx}/sandbox/control/faults</code> <code>{"method":"users.info","kind":"RATE_LIMITED","count":2,"retryAfter":7}</code></dt>
    <dd>kinds RATE_LIMITED (429 + Retry-After), SERVER_ERROR (500), SLOW (<code>"delayMs"</code>), MALFORMED (broken JSON); <code>"method":"scim"</code> for SCIM;
      <code>POST ${ctx}/sandbox/control/faults/clear</code></dd>
    <dt><code>POST ${ctx}/sandbox/control/settings</code> <code>{"tokenRotation":true,"tokenLifetimeSeconds":2,"rateLimits":true,"rateLimitTimeScale":60}</code></dt>
    <dd>any subset; <code>GET ${ctx}/sandbox/control/settings</code> reads them</dd>
    <dt><code>GET ${ctx}/sandbox/control/calls</code>, <code>POST ${ctx}/sandbox/control/calls/clear</code></dt>
    <dd>recorded Web API and SCIM calls: <code>api</code> (web or scim), <code>httpMethod</code>, <code>name</code>, <code>userId</code>, <code>at</code>, <code>status</code></dd>
    <dt><code>GET ${ctx}/sandbox/control/users?email=admin@plus.example</code>, <code>GET ${ctx}/sandbox/control/users</code></dt>
    <dd>a seeded person (id, email, teamIds, enterpriseId, role, orgRole, active), or everyone</dd>
  </dl>
</section>
<%@ include file="_bottom.jspf" %>
