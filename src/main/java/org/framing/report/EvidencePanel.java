package org.framing.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framing.schema.OutputFile;

/**
 * The sentences behind the report's numbers: contexts.csv's examples embedded in the page as JSON, and a panel
 * that a click on a bar, a heatmap cell or a table cell opens with them, the match highlighted, grouped by group.
 *
 * <p>What a click names, by section: a bar of {@code top_terms} or {@code keyness} the panel's group and the
 * bar's term; a cell of {@code tfidf_heatmap} its row's group and its column's term; a cell of {@code frames} or
 * {@code actors} its row's group and its column's frame or actor; a cell of the {@code voices} table its row's
 * speaker and its column's group (the speaker's own cell: every group); a row of the {@code events} table its
 * event and group, with the lead sentence of each group's articles in the event; a cell of {@code entities} or of
 * the entities table its row's (the table: column's) group and its entity; a row of the {@code reuse} table its
 * passage and first group, a cell of the reuse heatmap the longest passage its two groups share ({@link
 * ReuseSection#openable}). The panel shows the item's examples in every group that has some, the clicked group
 * first, among the {@value #MAX_GROUPS} largest groups (a passage: in every group that shares it; an event: the
 * events of the table, in every group).
 *
 * <p>Names and sentences are shown as the charts and tables show them, direction and zero-width characters made
 * visible ({@link Html#showInvisible}; the panel's keys are the charts' labels): each example is its text before
 * the match, the match and the text after it. Everything is offline and escaped: the data is JSON in a {@code <script type="application/json">} with
 * every {@code <} written as {@code \u003c} (so no text can close the script), and the panel is built with DOM
 * text nodes, never from HTML strings.
 */
final class EvidencePanel {

  private EvidencePanel() {}

  /**
   * Groups whose examples the page carries: the largest by tokens, as many as the most any clickable chart shows
   * (the frames heatmap's 30); contexts.csv has every group's. On the 37.5k AllSides corpus all 491 groups' examples
   * would make the page tens of megabytes.
   */
  static final int MAX_GROUPS = 30;

  /** The panel's style, data and script for the run in {@code dir}; empty when it has no contexts.csv. */
  static String html(Path dir) {
    Path csv = dir.resolve(OutputFile.CONTEXTS.file());
    if (!Files.isRegularFile(csv)) {
      return "";
    }
    TextTable t = TextTable.read(csv);
    String groupColumn = t.header().get(1);
    Path outlets = dir.resolve(OutputFile.OUTLETS.file());
    java.util.Set<String> shown = Files.isRegularFile(outlets)
        ? new java.util.HashSet<>(new StudyData("", groupColumn, StudyData.groups(TextTable.read(outlets)), List.of())
            .largestGroups(MAX_GROUPS)) : null;
    // Events: only those of the report's events table, in every group (contexts.csv has every shared event's).
    Path summary = dir.resolve(OutputFile.EVENT_SUMMARY.file());
    java.util.Set<String> events = Files.isRegularFile(summary)
        ? EventsSection.tableEvents(TextTable.read(summary)) : java.util.Set.of();
    Map<String, Map<String, Map<String, List<Object[]>>>> items = new TreeMap<>();
    for (int i = 0; i < t.size(); i++) {
      String section = t.text(i, "section");
      if (section.equals("event") ? !events.contains(t.text(i, "item"))
          : shown != null && !shown.contains(t.text(i, groupColumn)) && !section.equals("passage")) {
        continue;
      }
      String sentence = t.text(i, "sentence");
      int start = (int) t.whole(i, "match_start");
      int end = (int) t.whole(i, "match_end");
      items.computeIfAbsent(section, k -> new TreeMap<>())
          .computeIfAbsent(Html.showInvisible(t.text(i, "item")), k -> new TreeMap<>())
          .computeIfAbsent(Html.showInvisible(t.text(i, groupColumn)), k -> new ArrayList<>())
          .add(new Object[] {Html.showInvisible(t.text(i, "article_id")), Html.showInvisible(t.text(i, "title")),
              Html.showInvisible(sentence.substring(0, start)), Html.showInvisible(sentence.substring(start, end)),
              Html.showInvisible(sentence.substring(end)), web(t.text(i, "url"))});
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("group", groupColumn);
    data.put("items", items);
    Map<String, String> cells = new TreeMap<>();
    Path reuse = dir.resolve(OutputFile.REUSE.file());
    TextTable reused = Files.isRegularFile(reuse) ? TextTable.read(reuse) : null;
    if (reused != null && reused.size() > 0) {
      ReuseSection.openable(reused).cells().forEach((pair, passage) -> cells.put(Html.showInvisible(pair.get(0))
          + "\u0000" + Html.showInvisible(pair.get(1)), Html.showInvisible(passage)));
    }
    data.put("reuse", cells);
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    json = json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    return "<style>\n" + STYLE + "</style>\n<aside id=\"evidence\" hidden></aside>\n"
        + "<script type=\"application/json\" id=\"evidence-data\">" + json + "</script>\n<script>\n" + SCRIPT
        + "</script>\n";
  }

  /** An http or https address as is; anything else (a javascript: URL, a path) empty, so it is never a link. */
  static String web(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? u : "";
  }

  private static final String STYLE = """
      #evidence { position: fixed; top: 0; right: 0; width: min(480px, 90vw); height: 100vh; overflow-y: auto;
                  background: #fff; border-left: 1px solid #ccc; box-shadow: -4px 0 12px rgba(0,0,0,.12);
                  padding: 12px 18px 24px; box-sizing: border-box; z-index: 10; font-size: 0.95em; }
      #evidence h3 { margin: 0.2em 2em 0.4em 0; }
      #evidence h4 { margin: 1em 0 0.3em; }
      #evidence ol { padding-left: 1.4em; margin: 0; }
      #evidence li { margin: 0 0 0.6em; }
      #evidence mark { background: #ffe58a; padding: 0 1px; }
      #evidence .src { color: #666; font-size: 0.85em; }
      #evidence button.close { position: absolute; top: 10px; right: 12px; font-size: 1.2em; cursor: pointer;
                               border: none; background: none; }
      #voices td, #events td, #entities td, #reuse td { cursor: pointer; }
      """;

  private static final String SCRIPT = """
      (function () {
        var data = JSON.parse(document.getElementById('evidence-data').textContent);
        var panel = document.getElementById('evidence');
        var NAMES = {term: 'Term', frame: 'Frame', actor: 'Actor', voice: 'Speaker', event: 'Event', entity: 'Entity',
                     passage: 'Shared passage'};
        var CHARTS = {top_terms: 'term', keyness: 'term', tfidf_heatmap: 'term', frames: 'frame', actors: 'actor',
                      entities: 'entity', reuse: 'passage'};
        function plain(s) {
          return String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        }
        function el(tag, text, cls) {
          var e = document.createElement(tag);
          if (text !== undefined) { e.textContent = text; }
          if (cls) { e.className = cls; }
          return e;
        }
        function show(section, item, group) {
          var byGroup = (data.items[section] || {})[item] || {};
          var groups = Object.keys(byGroup).sort();
          if (group !== null && groups.indexOf(group) > 0) {
            groups.splice(groups.indexOf(group), 1);
            groups.unshift(group);
          }
          panel.textContent = '';
          var close = el('button', '\\u00d7', 'close');
          close.title = 'Close';
          close.addEventListener('click', function () { panel.hidden = true; });
          panel.appendChild(close);
          panel.appendChild(el('h3', NAMES[section] + ': ' + item));
          if (group !== null && !byGroup[group]) {
            panel.appendChild(el('p', 'No example kept for ' + data.group + ' ' + group + '.', 'src'));
          }
          if (groups.length === 0) {
            panel.appendChild(el('p', 'No example sentences were kept for this item; jobs/kwic.sh lists every occurrence.'));
          }
          groups.forEach(function (g) {
            panel.appendChild(el('h4', g));
            var list = el('ol');
            byGroup[g].forEach(function (x) {
              var li = el('li');
              var q = el('div', undefined, 'sentence');
              q.appendChild(document.createTextNode(x[2]));
              q.appendChild(el('mark', x[3]));
              q.appendChild(document.createTextNode(x[4]));
              li.appendChild(q);
              var src = el('div', x[1] + ' (' + x[0] + ')', 'src');
              if (x[5]) {
                var a = el('a', 'open', undefined);
                a.href = x[5];
                a.rel = 'noopener noreferrer';
                a.target = '_blank';
                src.appendChild(document.createTextNode(' '));
                src.appendChild(a);
              }
              li.appendChild(src);
              list.appendChild(li);
            });
            panel.appendChild(list);
          });
          panel.dataset.section = section;
          panel.dataset.item = item;
          panel.dataset.group = group === null ? '' : group;
          panel.hidden = false;
          panel.scrollTop = 0;
        }
        window.framingEvidence = show;
        window.addEventListener('load', function () {
          document.querySelectorAll('div.chart').forEach(function (gd) {
            var chart = gd.id.replace(/_[0-9]+$/, '');
            var section = CHARTS[chart];
            if (!section || !gd.on) { return; }
            gd.on('plotly_click', function (e) {
              var p = e.points[0];
              if (chart === 'reuse') {
                var passage = data.reuse[plain(p.y) + '\\u0000' + plain(p.x)];
                if (passage !== undefined) { show(section, passage, plain(p.y)); }
              } else if (chart === 'top_terms' || chart === 'keyness') {
                var title = gd.layout.title && gd.layout.title.text !== undefined ? gd.layout.title.text : gd.layout.title;
                show(section, plain(p.y), plain(title).replace(/ vs rest$/, ''));
              } else {
                show(section, plain(p.x), plain(p.y));
              }
            });
          });
          // Tables whose first cell names the item and whose columns from the third on are groups.
          [['#voices table', 'voice'], ['#entities table', 'entity']].forEach(function (t) {
            var table = document.querySelector(t[0]);
            if (!table) { return; }
            var header = Array.prototype.map.call(table.querySelectorAll('tr:first-child th'), function (th) {
              return th.textContent;
            });
            table.addEventListener('click', function (e) {
              var cell = e.target.closest('td');
              if (!cell) { return; }
              var row = cell.parentElement;
              var col = Array.prototype.indexOf.call(row.children, cell);
              show(t[1], row.children[0].textContent, col >= 2 ? header[col] : null);
            });
          });
          var reuse = document.querySelector('#reuse table');
          if (reuse) {
            reuse.addEventListener('click', function (e) {
              var row = e.target.closest('tr');
              if (!row || row.children[0].tagName !== 'TD' || row.children.length < 4) { return; }
              show('passage', row.children[3].textContent, row.children[0].textContent);
            });
          }
          var events = document.querySelector('#events table');
          if (events) {
            events.addEventListener('click', function (e) {
              var row = e.target.closest('tr');
              if (!row || row.children[0].tagName !== 'TD' || row.children[0].textContent === '') { return; }
              show('event', row.children[0].textContent, row.children[2].textContent);
            });
          }
        });
      })();
      """;
}
