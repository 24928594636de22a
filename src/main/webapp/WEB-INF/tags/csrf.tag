<%@ tag description="Krazo's CSRF token as a hidden form field" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:if test="${not empty mvc.csrf}"><input type="hidden" name="<c:out value='${mvc.csrf.name}'/>" value="<c:out value='${mvc.csrf.token}'/>"></c:if>
