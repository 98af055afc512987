// BriefingExtraction: placeholder until the module lands; replace this file.
