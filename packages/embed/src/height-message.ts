/** The message a framed Scholia page posts to its host page with the height of its content. */
export interface HeightMessage {
  type: "scholia:height";
  secret: string;
  height: number;
}

/** The message the host page posts into a framed Scholia page, once per load, handing it the frame's secret. */
export interface ReadyMessage {
  type: "scholia:ready";
  secret: string;
}
