<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections/${connection.id}"/>
<t:layout title="${card.title}">
  <p><c:out value="${card.description}"/></p>
  <dl class="facts">
    <dt>Connection</dt>
    <dd><a href="${base}"><c:out value="${connection.nickname}"/></a>,
      acting as <c:out value="${connection.slackUserName}"/></dd>
    <dt>Status</dt>
    <dd class="status status-${connection.status}"><c:out value="${connection.status.label}"/></dd>
    <dt>Scope</dt><dd id="scope"><c:out value="${scope}"/></dd>
  </dl>

  <t:cardFailure/>
  <t:cardConfirm action="${base}/cards/${card.name}"/>

  <form method="post" action="${base}/cards/${card.name}" class="stacked" novalidate>
    <t:csrf/>
    <t:cardInputs card="${card}" values="${values}"/>
    <button type="submit">Run</button>
  </form>

  <t:cardOutput/>

  <nav aria-label="Other cards">
    <h2>Other cards</h2>
    <ul class="cards">
      <c:forEach items="${cards}" var="other">
        <li><a href="${base}/cards/${other.name}"><c:out value="${other.title}"/></a></li>
      </c:forEach>
    </ul>
  </nav>
  <p><a href="${base}">Back to <c:out value="${connection.nickname}"/></a>
    · <a href="${base}/audit">Audit trail</a>
    · <a href="${pageContext.request.contextPath}/app/cards/${card.name}">This card with another connection</a></p>
</t:layout>
