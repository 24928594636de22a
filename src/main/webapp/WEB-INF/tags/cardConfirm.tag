<%@ tag description="Asks to confirm a card run that changes an account, naming the account as Slack has it, the organisation and whom the connection acts as" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="action" required="true" description="the card form's address" %>
<%@ attribute name="connectionId" required="false" type="java.lang.Long" description="the chosen connection, when the form asks for one" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:if test="${not empty confirmation}">
  <section class="confirm-run" id="card-confirm" aria-labelledby="confirm-title">
    <h2 id="confirm-title"><c:out value="${card.title}"/>: please confirm</h2>
    <p>Nothing has been changed yet. This is the account Slack has for what you typed:</p>
    <dl class="facts">
      <dt>Account</dt>
      <dd id="confirm-account"><c:out value="${empty confirmation.name ? confirmation.userId : confirmation.name}"/><c:if
          test="${not empty confirmation.email}"> (<c:out value="${confirmation.email}"/>)</c:if>
        <small><c:out value="${confirmation.userId}"/></small>
        <c:if test="${not confirmation.active}"><br><strong>Already deactivated.</strong></c:if></dd>
      <dt>Slack organisation</dt><dd id="confirm-organisation"><c:out value="${confirmation.organisation}"/></dd>
      <dt>Acting as</dt><dd id="confirm-acting-as"><c:out value="${confirmation.actingAs}"/> <small>(the connection's Slack account)</small></dd>
    </dl>
    <form method="post" action="${action}" class="inline">
      <t:csrf/>
      <input type="hidden" name="userId" value="<c:out value='${confirmation.userId}'/>">
      <input type="hidden" name="confirmed" value="yes">
      <c:if test="${not empty connectionId}"><input type="hidden" name="connection" value="${connectionId}"></c:if>
      <button type="submit" name="intent" value="confirm" class="danger" id="confirm-run">Confirm: <c:out value="${card.title}"/></button>
    </form>
    <p><small>Slack never deletes an account through SCIM: Activate User brings it back.</small></p>
  </section>
</c:if>
