# just a comment
   
	
)
