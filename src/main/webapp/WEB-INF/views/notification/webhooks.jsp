<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/webhooks"/>
<t:layout title="Webhooks">
  <p>Every notification (a connection's status change, a token Slack would not renew, a bulk run that finished or
    paused) is sent to each address below as a JSON <code>POST</code>, signed with the webhook's secret: the header
    <code>X-Connections-Signature</code> holds <code>v1=</code> and the hex HMAC-SHA256 of the
    <code>X-Connections-Timestamp</code> header's value, a dot, and the body. A call that gets no 2xx answer is
    tried again, waiting longer each time, and given up after its last attempt; the log below shows every one.
    <strong>Send a test event</strong> sends one signed call of type <code>webhook.test</code> to that address only.</p>

  <c:if test="${not empty newSecret}">
    <section class="new-token" aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title">Webhook registered: <c:out value="${newWebhook.url}"/></h2>
      <p><strong>Copy its secret now: it is shown this once.</strong> The receiver checks each call's signature with it;
        if you lose it, remove the webhook and register it again.</p>
      <p><label for="new-secret">Secret</label>
        <input id="new-secret" class="token" readonly size="50" value="<c:out value='${newSecret}'/>"></p>
    </section>
  </c:if>

  <h2>Registered webhooks</h2>
  <c:choose>
    <c:when test="${empty webhooks}"><p id="no-webhooks">No webhooks yet.</p></c:when>
    <c:otherwise>
      <table class="webhooks stacks">
        <caption>Addresses that receive every notification</caption>
        <thead><tr><th scope="col">Address</th><th scope="col">Registered</th><th scope="col">By</th><th scope="col">Actions</th></tr></thead>
        <tbody>
        <c:forEach items="${webhooks}" var="w">
          <tr>
            <td class="webhook-url long-words" data-label="Address"><c:out value="${w.url}"/></td>
            <td data-label="Registered">${f:instant(w.createdAt)}</td>
            <td data-label="By"><c:out value="${w.createdBy}"/></td>
            <td class="webhook-actions" data-label="Actions">
              <form method="post" action="${base}/${w.id}/test" class="inline">
                <t:csrf/>
                <button type="submit" class="secondary" id="test-webhook-${w.id}">Send a test event <span class="visually-hidden">to <c:out value="${w.url}"/></span></button>
              </form>
              <form method="post" action="${base}/${w.id}/remove" class="inline">
                <t:csrf/>
                <button type="submit" class="danger" id="remove-webhook-${w.id}">Remove <span class="visually-hidden"><c:out value="${w.url}"/></span></button>
              </form>
            </td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>

  <h2>Register a webhook</h2>
  <t:fieldError field="form"/>
  <form method="post" action="${base}" class="stacked">
    <t:csrf/>
    <label for="url">Address (https:// or http://)</label>
    <input id="url" name="url" type="url" required maxlength="2000" value="<c:out value='${url}'/>"
           <c:if test="${not empty errors.url}">aria-invalid="true" aria-describedby="url-error"</c:if>>
    <t:fieldError field="url"/>
    <button type="submit">Register webhook</button>
  </form>

  <h2 id="delivery-log">Delivery log</h2>
  <c:choose>
    <c:when test="${empty deliveries}"><p id="no-deliveries">Nothing was sent yet.</p></c:when>
    <c:otherwise>
      <table class="deliveries stacks">
        <caption>Emails and webhook calls, newest first, page ${logPage} of ${logLastPage}</caption>
        <thead><tr><th scope="col">Event</th><th scope="col">To</th><th scope="col">State</th>
          <th scope="col">Attempts</th><th scope="col">Last answer</th><th scope="col">Next attempt</th></tr></thead>
        <tbody>
        <c:forEach items="${deliveries}" var="d">
          <tr class="delivery delivery-${d.state}" id="delivery-${d.id}">
            <td data-label="Event">${f:instant(d.event.occurredAt)}<br><c:out value="${d.event.title}"/></td>
            <td data-label="To" class="long-words"><c:out value="${d.channel == 'EMAIL' ? 'Email' : 'Webhook'}"/>: <c:out value="${d.destination}"/></td>
            <td class="delivery-state" data-label="State"><c:out value="${d.state.label}"/></td>
            <td class="delivery-attempts" data-label="Attempts"><c:out value="${d.attempts}"/></td>
            <td class="delivery-error long-words" data-label="Last answer"><c:choose>
              <c:when test="${not empty d.lastError}"><c:out value="${d.lastError}"/></c:when>
              <c:when test="${not empty d.lastStatus}">Answered with status <c:out value="${d.lastStatus}"/></c:when>
            </c:choose></td>
            <td data-label="Next attempt"><c:if test="${d.state == 'PENDING'}">${f:instant(d.nextAttemptAt)}</c:if></td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
      <c:if test="${logLastPage > 1}">
        <nav aria-label="Delivery log pages" class="pager">
          <c:if test="${logPage > 1}"><a rel="prev" href="${base}?page=${logPage - 1}#delivery-log">Newer</a></c:if>
          <span>Page ${logPage} of ${logLastPage}</span>
          <c:if test="${logPage < logLastPage}"><a rel="next" href="${base}?page=${logPage + 1}#delivery-log">Older</a></c:if>
        </nav>
      </c:if>
    </c:otherwise>
  </c:choose>
</t:layout>
