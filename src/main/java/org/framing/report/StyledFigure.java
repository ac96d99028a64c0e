package org.framing.report;

import tech.tablesaw.plotly.components.Figure;

/**
 * A Tablesaw figure plus a few plotly attributes Tablesaw has no builder for (a heatmap's colour scale, a
 * second axis title), set by constant JavaScript statements that run after the traces and layout are declared
 * and before the plot is drawn. The statements are fixed strings in {@link Charts}, never data.
 */
final class StyledFigure extends Figure {

  private final String statements;
  private final Print print;

  StyledFigure(Figure.FigureBuilder builder, String statements) {
    this(builder, statements, null);
  }

  /** A figure whose print-size PNG and SVG show {@code print} (may be null: no print). */
  StyledFigure(Figure.FigureBuilder builder, String statements, Print print) {
    super(builder);
    this.statements = statements;
    this.print = print;
  }

  /** The figure's numbers for {@link PrintCharts}, or null. */
  Print print() {
    return print;
  }

  /** {@code figure}'s print, or null when it has none. */
  static Print printOf(Figure figure) {
    return figure instanceof StyledFigure styled ? styled.print() : null;
  }

  @Override
  protected void buildContext(String divName) {
    super.buildContext(divName);
    getContext().put("figure", getContext().get("figure") + statements + System.lineSeparator());
  }
}
