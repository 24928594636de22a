<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Something went wrong"/>
<%@ include file="_top.jspf" %>
<p role="alert" class="problem"><c:out value="${problem}"/></p>
<p>Slack did not send you back to the app, because the request could not be trusted.</p>
<%@ include file="_bottom.jspf" %>
