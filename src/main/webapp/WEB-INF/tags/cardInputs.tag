<%@ tag description="An action card's input fields, filled with the values typed before" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="card" required="true" type="com.slackadmin.connections.card.entity.Card" %>
<%@ attribute name="values" required="true" type="java.util.Map" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:forEach items="${card.inputs}" var="input">
  <label for="${input.name}"><c:out value="${input.label}"/><c:if test="${input.required}"> (required)</c:if></label>
  <c:choose>
    <c:when test="${input.choice}">
      <select id="${input.name}" name="${input.name}">
        <c:forEach items="${input.choices}" var="choice">
          <option value="${choice}" ${values[input.name] == choice ? 'selected' : ''}><c:out value="${choice}"/></option>
        </c:forEach>
      </select>
    </c:when>
    <c:when test="${input.multiline}">
      <textarea id="${input.name}" name="${input.name}" rows="5"><c:out value="${values[input.name]}"/></textarea>
    </c:when>
    <c:otherwise>
      <input id="${input.name}" name="${input.name}" type="${input.inputType}"
             value="<c:out value='${values[input.name]}'/>"
             <c:if test="${not empty errors[input.name]}">aria-invalid="true" aria-describedby="${input.name}-error"</c:if>>
    </c:otherwise>
  </c:choose>
  <c:if test="${not empty input.help}"><small><c:out value="${input.help}"/></small></c:if>
  <t:fieldError field="${input.name}"/>
</c:forEach>
