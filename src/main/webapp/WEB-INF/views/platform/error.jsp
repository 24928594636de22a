<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" isErrorPage="true" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="code" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<c:choose>
  <c:when test="${code == 400 or code == 406 or code == 413 or code == 414 or code == 415}"><c:set var="title" value="Request not understood"/><c:set var="text" value="The console could not read this request, so nothing was changed. Go back, reload the page and try again."/></c:when>
  <c:when test="${code == 404}"><c:set var="title" value="Page not found"/><c:set var="text" value="There is nothing at this address, or you may not see it."/></c:when>
  <c:when test="${code == 403}"><c:set var="title" value="Not allowed"/><c:set var="text" value="Your role does not allow this, or the form expired. Go back, reload the page and try again."/></c:when>
  <c:when test="${code == 405}"><c:set var="title" value="Not allowed here"/><c:set var="text" value="This address does not accept that kind of request."/></c:when>
  <c:otherwise><c:set var="title" value="Something went wrong"/><c:set var="text" value="The console could not complete the request. Nothing was changed that you did not see confirmed. Try again; if it keeps failing, tell an ADMIN the time it happened."/></c:otherwise>
</c:choose>
<t:layout title="${title}">
  <p><c:out value="${text}"/></p>
  <p><a href="${pageContext.request.contextPath}/app/connections">Go to Connections</a></p>
</t:layout>
