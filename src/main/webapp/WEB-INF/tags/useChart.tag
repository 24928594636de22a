<%@ tag description="A connection's uses per day, stacked by outcome, with axes, a legend, a summary in words and the numbers as a table" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="chart" required="true" type="com.slackadmin.connections.connection.boundary.UsageChart" %>
<%@ attribute name="name" required="true" description="what the chart is of, for its title" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%-- the plot stands 40 units in from the left (the axis title and the counts) and 8 down; the day labels and
     the axis title go under it --%>
<c:set var="history" value="${chart.history}"/>
<c:set var="last" value="${chart.bars.size() - 1}"/>
<div class="use-chart">
  <p class="use-figures"><strong><c:out value="${history.inWindow}"/></strong><c:if test="${history.total > 0}">; the busiest day had <c:out value="${history.mostInADay}"/>.</c:if></p>
  <c:choose>
  <c:when test="${history.total == 0}">
  <p class="use-empty" id="use-chart-empty">Nothing was done through this connection in the last ${history.dayCount} days: no Test, card run or bulk run. A chart of uses per day shows here once it is used.</p>
  </c:when>
  <c:otherwise>
  <%-- ${' '}: the page drops template text that is only whitespace, such as a space between two expressions --%>
  <svg role="img" aria-labelledby="use-chart-title use-chart-summary" viewBox="0 0 ${chart.width + 64}${' '}${chart.height + 46}" focusable="false">
    <title id="use-chart-title">Uses per day of <c:out value="${name}"/> over the last ${history.dayCount} days, by outcome</title>
    <defs>
      <%-- each outcome has its own texture as well as its colour: ok solid, refused striped, failed dotted --%>
      <pattern id="use-fill-ok" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="use-ok" width="6" height="6"/>
      </pattern>
      <pattern id="use-fill-refused" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="use-refused" width="6" height="6"/><rect class="use-texture" width="2" height="6"/>
      </pattern>
      <pattern id="use-fill-failed" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="use-failed" width="6" height="6"/><circle class="use-texture" cx="3" cy="3" r="1.4"/>
      </pattern>
    </defs>
    <text class="use-axis use-axis-title" x="10" y="${chart.height / 2 + 8}" text-anchor="middle" transform="rotate(-90 10 ${chart.height / 2 + 8})">Uses a day</text>
    <g transform="translate(40 8)">
      <line class="use-grid" x1="0" y1="0" x2="${chart.width}" y2="0"/>
      <text class="use-axis" x="-6" y="4" text-anchor="end">${history.mostInADay}</text>
      <text class="use-axis" x="-6" y="${chart.height + 4}" text-anchor="end">0</text>
      <text class="use-axis use-axis-title" x="${chart.width / 2}" y="${chart.height + 34}" text-anchor="middle">Day (UTC)</text>
      <c:forEach items="${chart.bars}" var="bar" varStatus="loop">
        <c:forEach items="${bar.segments}" var="segment">
          <rect x="${bar.x}" y="${segment.y}" width="${bar.width}" height="${segment.height}" fill="url(#use-fill-${segment.outcome})" class="use-segment"><title><c:out value="${bar.day.summary}"/></title></rect>
        </c:forEach>
        <c:if test="${loop.index == 0 or loop.index == 14 or loop.index == last}">
          <text class="use-axis" x="${bar.middle}" y="${chart.height + 18}" text-anchor="middle"><c:out value="${bar.day.label}"/></text>
        </c:if>
      </c:forEach>
      <line class="use-baseline" x1="0" y1="${chart.height}" x2="${chart.width}" y2="${chart.height}"/>
    </g>
  </svg>
  <p id="use-chart-summary" class="use-summary"><c:out value="${history.summary}"/></p>
  <ul class="use-legend">
    <li><svg class="use-swatch" aria-hidden="true" focusable="false" width="14" height="14"><rect width="14" height="14" fill="url(#use-fill-ok)"/></svg>ok: Slack did what was asked (${history.ok})</li>
    <li><svg class="use-swatch" aria-hidden="true" focusable="false" width="14" height="14"><rect width="14" height="14" fill="url(#use-fill-refused)"/></svg>refused: a rule said no (${history.refused})</li>
    <li><svg class="use-swatch" aria-hidden="true" focusable="false" width="14" height="14"><rect width="14" height="14" fill="url(#use-fill-failed)"/></svg>failed: Slack refused or failed, or an error of ours (${history.failed})</li>
  </ul>
  <details class="use-table">
    <summary>Uses per day as a table</summary>
    <table>
      <caption>Uses per day, oldest first (UTC)</caption>
      <thead><tr><th scope="col">Day</th><th scope="col">ok</th><th scope="col">refused</th><th scope="col">failed</th><th scope="col">All</th></tr></thead>
      <tbody>
      <c:forEach items="${history.days}" var="day">
        <tr><th scope="row"><c:out value="${day.label}"/></th><td>${day.ok}</td><td>${day.refused}</td><td>${day.failed}</td><td>${day.total}</td></tr>
      </c:forEach>
      </tbody>
    </table>
  </details>
  </c:otherwise>
  </c:choose>
</div>
