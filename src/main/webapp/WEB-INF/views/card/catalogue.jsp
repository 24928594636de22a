<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="app" value="${pageContext.request.contextPath}/app"/>
<t:layout title="Action cards">
  <p>Each card is one Slack Admin action. It runs through a <strong>connection</strong>, which acts as the Slack Owner
    or Admin who authorised it; every run is checked against Slack's rules first and recorded in the connection's
    audit trail.</p>
  <c:if test="${currentUser.builderOrAdmin and not anyUsableConnection}">
    <p class="flash notice" id="no-connection">You have no connection you can use yet. Open a card: it leads you
      into <strong>New Connection</strong> and comes back to the card with what you typed.</p>
  </c:if>
  <c:if test="${not currentUser.builderOrAdmin}">
    <p class="flash notice">A VIEWER sees what each card does but cannot run one: ask an ADMIN for the BUILDER role.</p>
  </c:if>
  <ul class="card-catalogue">
    <c:forEach items="${cards}" var="card">
      <li>
        <h2><a href="${app}/cards/${card.name}"><c:out value="${card.title}"/></a></h2>
        <p><c:out value="${card.description}"/></p>
        <p class="card-inputs"><span class="label">Asks for</span>
          <c:forEach items="${card.inputs}" var="input" varStatus="loop"><c:out value="${input.label}"/><c:if
              test="${input.required}"> (required)</c:if>${loop.last ? '' : ', '}</c:forEach></p>
      </li>
    </c:forEach>
  </ul>
</t:layout>
