<%@ tag description="A small chart of a connection's uses per day, stacked by outcome, for a row of the Connections page" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="chart" required="true" type="com.slackadmin.connections.connection.boundary.UsageChart" %>
<%@ attribute name="key" required="true" description="unique on the page: names the chart's title" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%-- ${' '}: the page drops template text that is only whitespace, such as a space between two expressions --%>
<svg class="use-trend" role="img" aria-labelledby="${key}-title" viewBox="0 0 ${chart.width}${' '}${chart.height}" width="${chart.width}" height="${chart.height}" focusable="false">
  <title id="${key}-title">Uses per day, <c:out value="${chart.history.summary}"/></title>
  <line class="use-baseline" x1="0" y1="${chart.height}" x2="${chart.width}" y2="${chart.height}"/>
  <c:forEach items="${chart.bars}" var="bar"><c:forEach items="${bar.segments}" var="segment">
  <rect class="use-${segment.outcome}" x="${bar.x}" y="${segment.y}" width="${bar.width}" height="${segment.height}"/></c:forEach></c:forEach>
</svg>
