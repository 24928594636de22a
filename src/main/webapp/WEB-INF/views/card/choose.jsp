<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="app" value="${pageContext.request.contextPath}/app"/>
<t:layout title="${card.title}">
  <p><c:out value="${card.description}"/></p>
  <t:cardFailure/>
  <t:cardConfirm action="${app}/cards/${card.name}" connectionId="${chosen}"/>
  <c:choose>
    <c:when test="${not currentUser.builderOrAdmin}">
      <p class="flash notice">A VIEWER cannot run action cards: ask an ADMIN for the BUILDER role.</p>
    </c:when>
    <c:otherwise>
      <form method="post" action="${app}/cards/${card.name}" class="stacked" novalidate>
        <t:csrf/>
        <c:choose>
          <c:when test="${empty choices.usable}">
            <p id="no-connection" class="flash notice">
              <c:choose>
                <c:when test="${choices.noConnection}">You have no connection yet.</c:when>
                <c:otherwise>None of your connections can be used now (see below).</c:otherwise>
              </c:choose>
              A card runs through a connection to a Slack organisation or workspace. Type the card's inputs if you
              like, then <strong>New Connection</strong>: once Slack authorizes it you come back here, with the new
              connection chosen and your inputs kept.</p>
          </c:when>
          <c:otherwise>
            <label for="connection">Connection (required)</label>
            <select id="connection" name="connection"
                    <c:if test="${not empty errors['connection']}">aria-invalid="true" aria-describedby="connection-error"</c:if>>
              <c:if test="${empty chosen}"><option value="">Choose a connection</option></c:if>
              <c:forEach items="${choices.usable}" var="choice">
                <c:set var="conn" value="${choice.connection}"/>
                <option value="${conn.id}" ${conn.id == chosen ? 'selected' : ''}><c:out value="${conn.nickname}"/> · <c:out
                    value="${conn.slackOrganisation}"/> (<c:out value="${conn.planName}"/>) · as <c:out
                    value="${conn.slackUserName}"/> · <c:out value="${conn.status.label}"/></option>
              </c:forEach>
            </select>
            <small>The card acts as the connection's Slack account, on its workspace or, installed on an Enterprise
              Grid organisation, org-wide.</small>
            <t:fieldError field="connection"/>
          </c:otherwise>
        </c:choose>
        <t:cardInputs card="${card}" values="${values}"/>
        <div class="form-actions">
          <c:if test="${not empty choices.usable}"><button type="submit" name="intent" value="run">Run</button></c:if>
          <button type="submit" name="intent" value="new-connection"
                  class="${empty choices.usable ? '' : 'secondary'}">New Connection</button>
        </div>
      </form>
      <c:if test="${not empty choices.unusable}">
        <section aria-labelledby="unusable-title" id="unusable">
          <h2 id="unusable-title">Connections you cannot use now</h2>
          <ul class="unusable">
            <c:forEach items="${choices.unusable}" var="choice">
              <li><a href="${app}/connections/${choice.connection.id}"><c:out value="${choice.connection.nickname}"/></a>
                (<c:out value="${choice.connection.slackOrganisation}"/>):
                <span class="status status-${choice.connection.status}"><c:out value="${choice.whyNot}"/></span></li>
            </c:forEach>
          </ul>
        </section>
      </c:if>
      <c:if test="${choices.more}">
        <p>Only your most recently used connections are listed. To use another, open this card from that connection's
          page (<a href="${app}/connections">Connections</a>).</p>
      </c:if>
    </c:otherwise>
  </c:choose>
  <t:cardOutput/>
  <p><a href="${app}/cards">All action cards</a></p>
</t:layout>
