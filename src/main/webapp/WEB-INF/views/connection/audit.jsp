<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Audit trail of ${connection.nickname}">
  <p>Every use and change of this connection, by anyone, whatever its outcome.
    <a href="${pageContext.request.contextPath}/app/connections">Back to Connections</a></p>
  <t:auditTrail trail="${audit}" pageUrl="${pageContext.request.contextPath}/app/connections/${connection.id}/audit"/>
</t:layout>
