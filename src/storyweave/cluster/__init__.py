"""Events: each stored article joins the event it reports, or starts one, as it arrives."""
