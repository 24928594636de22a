<%@ tag description="The error message of one form field, if any" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="field" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:if test="${not empty errors[field]}"><p class="field-error" id="${field}-error"><c:out value="${errors[field]}"/></p></c:if>
